export * from "./enums.ts";
export * from "./paging.ts";
export * from "./people.ts";

export * from "./cohorts.ts";
export * from "./enums.ts";
export * from "./paging.ts";
export * from "./people.ts";
export * from "./programs.ts";

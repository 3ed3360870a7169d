export * from "./cohorts.ts";
export * from "./consent.ts";
export * from "./enums.ts";
export * from "./intake.ts";
export * from "./members.ts";
export * from "./paging.ts";
export * from "./people.ts";
export * from "./programs.ts";

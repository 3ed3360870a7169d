/** Import directions of the dashboard (apps/web/src): routes → features → components → lib. */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "components-use-no-features",
      comment: "A component is shared by features; it cannot know one.",
      severity: "error",
      from: { path: "^apps/web/src/components/" },
      to: { path: "^apps/web/src/(features|routes)/" },
    },
    {
      name: "features-use-no-routes",
      comment: "Routes mount features, not the other way round.",
      severity: "error",
      from: { path: "^apps/web/src/features/" },
      to: { path: "^apps/web/src/routes/" },
    },
    {
      name: "lib-uses-no-ui",
      comment: "lib/ is the bottom layer: no components, features or routes.",
      severity: "error",
      from: { path: "^apps/web/src/lib/" },
      to: { path: "^apps/web/src/(components|features|routes)/" },
    },
    {
      name: "feature-folders-one-way",
      comment: "Two feature folders that import each other are one feature, or share a module that belongs lower down.",
      severity: "error",
      scope: "folder",
      from: { path: "^apps/web/src/features/([^/]+)" },
      to: { path: "^apps/web/src/features/", pathNot: "^apps/web/src/features/$1(/|$)", circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    parser: "swc",
    tsConfig: { fileName: "apps/web/tsconfig.json" },
  },
};

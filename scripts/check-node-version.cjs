// biome-ignore-all lint/complexity: runs on any Node.js, so no template literals
// biome-ignore-all lint/style: runs on any Node.js, also ones without node: imports or const
// Refuses an unsupported Node.js with one line saying what to install. Runs before `npm install`
// and `npm start`, so it is written for any Node.js: built-ins only, no modern syntax.
var fs = require("fs");
var path = require("path");

var root = path.join(__dirname, "..");
var wanted = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).engines.node; // ">=22.12"
var recommended = fs.readFileSync(path.join(root, ".nvmrc"), "utf8").trim(); // "24"
var minimum = wanted
  .replace(/^>=\s*/, "")
  .split(".")
  .map(Number);
var running = process.versions.node.split(".").map(Number);

function atLeast(version, floor) {
  var i;
  var part;
  for (i = 0; i < floor.length; i++) {
    part = version[i] || 0;
    if (part !== floor[i]) return part > floor[i];
  }
  return true;
}

if (!atLeast(running, minimum)) {
  console.error(
    "Circle needs Node.js " +
      minimum.join(".") +
      " or newer, and this is Node.js " +
      process.versions.node +
      ": install Node.js " +
      recommended +
      " (https://nodejs.org, or `nvm install` in this folder), then run this again.",
  );
  process.exit(1);
}

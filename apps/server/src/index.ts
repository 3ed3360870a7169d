// What tools built on the server (the demo) may use: start it as `npm start` does.
export { startServer } from "./commands/start.ts";

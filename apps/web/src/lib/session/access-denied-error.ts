/** Thrown by a route whose role the signed-in person does not hold; rendered as "no access". */
export class AccessDeniedError extends Error {
  constructor() {
    super("You don't have access to this page");
    this.name = "AccessDeniedError";
  }
}

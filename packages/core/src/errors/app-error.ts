// Domain errors, free of HTTP and tRPC; packages/api maps each code to a response in one place.
export type AppErrorCode = "BAD_REQUEST" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "TOO_MANY_REQUESTS";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    /** the input field the message is about, so forms can show it beside that field */
    readonly field?: string,
  ) {
    super(message);
    this.name = "AppError";
  }

  static notFound(what: string): AppError {
    return new AppError("NOT_FOUND", `${what} not found`);
  }

  static forbidden(message = "You do not have access to this"): AppError {
    return new AppError("FORBIDDEN", message);
  }

  static invalid(field: string, message: string): AppError {
    return new AppError("BAD_REQUEST", message, field);
  }

  static conflict(message: string, field?: string): AppError {
    return new AppError("CONFLICT", message, field);
  }
}

import type { Role } from "@circle/validators";

/** Who is acting, and from where: passed to every command so history and audit can name them. */
export interface Actor {
  userId: string;
  role: Role;
  ip?: string;
  userAgent?: string;
}

import { authHandler } from "@/lib/server/auth/options";

// next-auth's own endpoints: the OpenID Connect callback, its CSRF token and session, sign-out.
export const GET = authHandler;
export const POST = authHandler;

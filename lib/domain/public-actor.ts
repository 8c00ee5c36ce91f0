// Who sends a public form (lib/server/http/command-route.ts): a sender nobody knows (the intake,
// the question, "I lost my link"), or the holder of a private link, who is known only by the link
// and by what it opens (a case for a status link, a party for a partner link). Staff commands take
// the signed-in member instead (`StaffActor`, lib/domain/permissions.ts).

export type AnonymousSender = { kind: "anonymous" };

export type LinkHolder<T> = { kind: "linkHolder"; token: string; holds: T };

export type PublicActor<T = never> = AnonymousSender | LinkHolder<T>;

export const anonymousSender: AnonymousSender = { kind: "anonymous" };

export const linkHolder = <T>(token: string, holds: T): LinkHolder<T> => ({
  kind: "linkHolder",
  token,
  holds,
});

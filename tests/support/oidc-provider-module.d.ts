// oidc-provider ships no types; the test provider uses only this much of it.
declare module "oidc-provider" {
  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    listen(port: number, host: string, callback?: () => void): unknown;
    use(middleware: (ctx: never, next: () => Promise<void>) => Promise<void>): void;
  }
}

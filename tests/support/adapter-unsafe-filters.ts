import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

// Prisma operators on list (array) columns that the embedded database's adapter (pglite-prisma-adapter)
// cannot run: it sends the single value where PostgreSQL expects an array literal, and the query
// fails with `malformed array literal` on enum arrays such as staff_user.roles or request.themes.
// Text arrays happen to work, but one rule for every list field is easier to keep than a list of
// column types; `isEmpty` is refused with the rest so that list filters stay in SQL
// (`${value}::"Role" = ANY(roles)`), as in lib/server/staff/inbox.ts.
export const UNSAFE_LIST_OPERATORS = ["has", "hasSome", "hasEvery", "isEmpty", "push"] as const;

const UNSAFE = new Set<string>(UNSAFE_LIST_OPERATORS);
// Parsing is the slow part, so only sources that mention an operator before `:`, `,` or `}` are parsed.
const MENTION = new RegExp(`\\b(${UNSAFE_LIST_OPERATORS.join("|")})\\b["']?\\s*[:,}]`);

export interface Finding {
  file: string;
  line: number;
  operator: string;
}

/** Every object-literal key named like an unsafe list operator (`{ has: x }`, `{ push }`) in one source text. */
export function unsafeFiltersIn(file: string, source: string): Finding[] {
  if (!MENTION.test(source)) return [];
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const found: Finding[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) &&
      ts.isObjectLiteralExpression(node.parent)
    ) {
      const name = ts.isIdentifier(node.name) || ts.isStringLiteral(node.name) ? node.name.text : null;
      if (name && UNSAFE.has(name)) {
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        found.push({ file, line, operator: name });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** TypeScript files under the folders, skipping generated code and anything listed in `skip`. */
export function sourceFiles(root: string, folders: string[], skip: string[]): string[] {
  const files: string[] = [];
  const skipped = (rel: string) => skip.some((s) => rel === s || rel.startsWith(`${s}/`));
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = `${rel}/${entry.name}`;
      if (skipped(child)) continue;
      if (entry.isDirectory()) walk(child);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")) files.push(child);
    }
  };
  folders.forEach(walk);
  return files;
}

export function unsafeFiltersUnder(root: string, folders: string[], skip: string[]): Finding[] {
  return sourceFiles(root, folders, skip).flatMap((file) =>
    unsafeFiltersIn(file, readFileSync(path.join(root, file), "utf8")),
  );
}

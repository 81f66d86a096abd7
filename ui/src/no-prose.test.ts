// Every word the shopkeeper reads lives in ../locales/<lang>/*.ftl, in four languages. This
// test reads the UI's sources with the TypeScript parser and fails on a string literal that
// looks like prose: words with a space between them, a letter outside ASCII (an accent, Thai
// script), or any word put where the shopkeeper sees it (an element's children, textContent,
// a title, an aria-label, a placeholder). What it flags goes into the .ftl files; the few
// strings that are not words (formats, marks, the brand) are allowed below, each with why.

import ts from "typescript";
import { describe, expect, it } from "vitest";
import { has } from "./i18n";

const sources = import.meta.glob(["./**/*.ts", "!./**/*.test.ts", "!./generated/**"], { query: "?raw", import: "default", eager: true }) as Record<string, string>;

/** Strings that look like words but are not the interface's words. */
const ALLOWED: Record<string, string> = {
  "Fidèle": "the app's name, the same in every language",
  F: "the RFM grid's frequency columns, F1 to F5 (the analysis's own notation)",
  R: "the RFM grid's recency rows, R1 to R5",
  "2026-W11": "an ISO week as the week field wants it typed",
};

/** Attributes and properties the shopkeeper reads (or hears, through a screen reader). */
const VISIBLE_KEYS = new Set(["title", "aria-label", "placeholder", "alt", "label", "textContent", "innerText", "text", "aria-roledescription", "aria-valuetext"]);
/** Attributes and properties that hold codes, never words. */
const CODE_KEYS = new Set(["class", "className", "id", "type", "role", "href", "for", "name", "value", "autocomplete", "inputmode", "pattern", "accept", "lang", "step", "min", "max", "rel", "target", "kind", "field", "view", "tab", "step", "stage", "sort"]);
/** Calls whose string arguments are selectors, events, commands, ids, CSS or logs. */
const CODE_CALLS = new Set([
  "querySelector", "querySelectorAll", "closest", "matches", "getElementById", "addEventListener", "removeEventListener", "dispatchEvent",
  "setProperty", "add", "remove", "toggle", "contains", "call", "t", "has", "keepDraft", "forgetDrafts", "error", "warn", "log", "Event",
  "CustomEvent", "go", "createElement", "getAttribute", "removeAttribute", "hasAttribute", "startsWith", "endsWith", "includes", "split", "join",
  "replace", "padStart", "glob", "invoke", "Channel", "field", "input", "parseRoute", "toggleAttribute", "getItem", "setItem", "fetch",
]);

const LETTER = /\p{L}/u;
const NON_ASCII_LETTER = /[^\x00-\x7F]/u;
const WORDS = /[A-Za-z]{2,}\s+[A-Za-z]{2,}/;

interface Finding { file: string; line: number; text: string; why: string }

function calleeName(call: ts.CallExpression | ts.NewExpression): string {
  const e = call.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return "";
}

function keyName(name: ts.PropertyName): string {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : "";
}

/** Where a literal sits: "visible", "code", or "other" (prose there is still flagged). */
function placeOf(node: ts.Node): "visible" | "code" | "other" {
  let child: ts.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isParenthesizedExpression(parent) || ts.isConditionalExpression(parent) || ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.BarBarToken
      || ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || ts.isTemplateSpan(parent) || ts.isTemplateExpression(parent)
      || ts.isArrayLiteralExpression(parent) || ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.PlusToken) continue;
    if (ts.isBinaryExpression(parent) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken, ts.SyntaxKind.InKeyword].includes(parent.operatorToken.kind)) return "code";
    if (ts.isCaseClause(parent) || ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isLiteralTypeNode(parent) || ts.isElementAccessExpression(parent) || ts.isIndexedAccessTypeNode(parent)) return "code";
    if (ts.isPropertyAssignment(parent) && parent.initializer === child) {
      const key = keyName(parent.name);
      if (VISIBLE_KEYS.has(key)) return "visible";
      if (CODE_KEYS.has(key) || key.startsWith("data-") || key.startsWith("aria-")) return "code";
      return "other";
    }
    if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && parent.right === child) {
      const target = parent.left;
      const key = ts.isPropertyAccessExpression(target) ? target.name.text : "";
      if (VISIBLE_KEYS.has(key)) return "visible";
      return CODE_KEYS.has(key) ? "code" : "other";
    }
    if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken) {
      const key = ts.isPropertyAccessExpression(parent.left) ? parent.left.name.text : "";
      return VISIBLE_KEYS.has(key) ? "visible" : "other";
    }
    if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) {
      const name = calleeName(parent);
      const args = [...(parent.arguments ?? [])];
      const index = args.indexOf(child as ts.Expression);
      if (name === "h") return index >= 2 ? "visible" : "code";
      if (name === "setAttribute") {
        const attr = args[0] && ts.isStringLiteral(args[0]) ? args[0].text : "";
        return index === 1 && VISIBLE_KEYS.has(attr) ? "visible" : "code";
      }
      if (name === "append" || name === "prepend" || name === "replaceWith" || name === "mount" || name === "createTextNode" || name === "alert" || name === "confirm") return index >= (name === "mount" ? 1 : 0) ? "visible" : "code";
      if (CODE_CALLS.has(name)) return "code";
      return "other";
    }
    return "other";
  }
  return "other";
}

function scan(file: string, text: string): Finding[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const found: Finding[] = [];
  const check = (node: ts.Node, literal: string) => {
    // A message id (`nav-customers`) is how code names words, not a word.
    if (!LETTER.test(literal) || Object.hasOwn(ALLOWED, literal.trim()) || has(literal)) return;
    const place = placeOf(node);
    const why = place === "code" ? null
      : NON_ASCII_LETTER.test(literal.replace(/[^\p{L}]/gu, "")) ? "a letter outside ASCII"
      : place === "visible" ? "a word where the shopkeeper reads it"
      : WORDS.test(literal) ? "words with a space between them"
      : null;
    if (why) found.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: literal, why });
  };
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) check(node, node.text);
    else if (ts.isTemplateExpression(node)) {
      check(node, [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(""));
    }
    // Comments, types and regular expressions are not shown; a template's parts are checked whole.
    if (!ts.isTemplateExpression(node) && !ts.isTypeNode(node)) ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("no words outside the .ftl files", () => {
  it("reads the sources it scans", () => {
    expect(Object.keys(sources).length).toBeGreaterThan(30);
    expect(Object.keys(sources).some((f) => f.endsWith("views/settings.ts"))).toBe(true);
  });

  it("finds prose where it hides (the scanner itself)", () => {
    const found = scan("x.ts", [
      'h("p", {}, "Clients");',
      'el.textContent = "Saved";',
      'h("input", { placeholder: "12,50", title: "Réglages" });',
      'const x = "see all of them";',
      'button.setAttribute("aria-label", "Close");',
      'h("div", { class: "card wide", id: "x" }, t("nav-customers"));',
      'if (kind === "read only") {}',
      'h("span", {}, `${n} clients`);',
    ].join("\n"));
    expect(found.map((f) => f.text)).toEqual(["Clients", "Saved", "Réglages", "see all of them", "Close", " clients"]);
    expect(scan("y.ts", 'h("p", {}, t("nav-customers")); const label = "nav-settings"; h("a", {}, "nav-cards");')).toEqual([]);
  });

  it("the UI's sources hold no user-visible words", () => {
    const found = Object.entries(sources).flatMap(([file, text]) => scan(file, text));
    expect(found.map((f) => `${f.file}:${f.line}: ${JSON.stringify(f.text)} (${f.why})`)).toEqual([]);
  });
});

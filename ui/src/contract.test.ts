// The generated contract (src/generated/ipc.ts) as `call` uses it. The `@ts-expect-error` lines
// are checked by `tsc` (npm run build, npm run check): each must stay a type error, so a command
// or argument the app does not have cannot be called.
import { afterEach, describe, expect, it } from "vitest";
import { call, setInvoke } from "./api";
import type { CustomerList } from "./generated/ipc";

describe("the generated contract", () => {
  afterEach(() => setInvoke(() => Promise.reject(new Error("no backend"))));

  it("passes a command's arguments under the names its Rust signature gives them", async () => {
    const seen: unknown[] = [];
    const answer: CustomerList = { total: 0, rows: [] };
    setInvoke(async (cmd, args) => {
      seen.push([cmd, args]);
      return answer;
    });
    const list = await call("list_customers", { search: "du", offset: 0, limit: 50 });
    expect(list.total).toBe(0);
    expect(seen).toEqual([["list_customers", { search: "du", offset: 0, limit: 50 }]]);
  });

  it("has no call for a command or an argument the app does not have", () => {
    // @ts-expect-error: the argument is `search`, not `query`
    const wrongArgument = () => call("list_customers", { query: "", offset: 0, limit: 1 });
    // @ts-expect-error: there is no such command
    const noSuchCommand = () => call("list_customer");
    // @ts-expect-error: `id` is required
    const missingArgument = () => call("customer_page");
    // @ts-expect-error: Tauri reads `createCustomers`, not `create_customers`
    const snakeCase = () => call("open_purchase_import", { create_customers: true });
    expect([wrongArgument, noSuchCommand, missingArgument, snakeCase]).toHaveLength(4);
  });
});

import { afterEach, describe, expect, it } from "vitest";
import { AppError, call, setInvoke } from "./api";
import { setLanguage } from "./i18n";

describe("a busy customer file", () => {
  afterEach(() => {
    setInvoke(() => Promise.reject(new Error("no backend")));
    setLanguage("fr");
  });

  const busy = (writer: string) => () =>
    Promise.reject({ kind: "busy", message: "the customer file is busy: ...", fields: [{ field: "writer", message: writer }] });

  it("is said in the user's language, naming an import and what to do", async () => {
    setInvoke(busy("import"));
    setLanguage("fr");
    const fr = await call("app_info").catch((e: AppError) => e);
    expect(fr).toBeInstanceOf(AppError);
    expect((fr as AppError).kind).toBe("busy");
    expect((fr as AppError).message).toContain("une importation y écrit");
    expect((fr as AppError).message).toContain("réessayez quand elle sera finie");
    setLanguage("en");
    const en = await call("app_info").catch((e: AppError) => e);
    expect((en as AppError).message).toContain("an import is writing to it");
  });

  it("names another program when no import holds it", async () => {
    setInvoke(busy("other"));
    setLanguage("en");
    const e = await call("app_info").catch((e: AppError) => e);
    expect((e as AppError).message).toContain("another program is writing to it");
  });
});

import { afterEach, describe, expect, it } from "vitest";
import { AppError, call, setInvoke } from "./api";
import { setLanguage } from "./i18n";

describe("an error from the backend", () => {
  afterEach(() => {
    setInvoke(() => Promise.reject(new Error("no backend")));
    setLanguage("fr");
  });

  it("keeps the backend's words (in the UI's language) and each field's code and values", async () => {
    setInvoke(() =>
      Promise.reject({
        kind: "invalid",
        message: "Certains champs sont à corriger.",
        args: {},
        fields: [{ field: "email", code: "not_an_email", args: { value: "pas-un-email" }, message: "« pas-un-email » n'est pas une adresse e-mail." }],
      }),
    );
    const e = (await call("add_customer", { customer: {} as never }).catch((e: AppError) => e)) as AppError;
    expect(e).toBeInstanceOf(AppError);
    expect(e.message).toBe("Certains champs sont à corriger.");
    expect(e.field("email")).toBe("« pas-un-email » n'est pas une adresse e-mail.");
    expect(e.fields[0].code).toBe("not_an_email");
    expect(e.fields[0].args).toEqual({ value: "pas-un-email" });
  });

  it("keeps a busy file's writer", async () => {
    setInvoke(() => Promise.reject({ kind: "busy", message: "Le fichier clients est occupé : une importation y écrit…", args: { writer: "import" } }));
    const e = (await call("add_customer", { customer: {} as never }).catch((e: AppError) => e)) as AppError;
    expect(e.kind).toBe("busy");
    expect(e.args.writer).toBe("import");
    expect(e.message).toContain("une importation y écrit");
  });
});

import { describe, expect, it } from "vitest";
import { type CustomerImportPreview, type ImportState, importOptions, isLabels, withCorrection, withDelimiter, withEncoding, withField } from "./api-interchange";
import { setLanguage } from "./i18n";
import { customerPreview, exportInput, exportSection, rejectedList, rejectedReason, rowReason, warningList } from "./views/import-export";

const preview: CustomerImportPreview = {
  file: 7,
  file_name: "clients.csv",
  format: "CSV",
  format_code: "csv",
  remembered: false,
  warnings: [
    { line: 3, field: "birthday", column: "Date de naissance", column_index: 2, code: "not_a_day", args: { value: "31/02/1985" }, value: "31/02/1985", text: "31/02/1985 n'est pas un jour du calendrier." },
  ],
  encoding: "windows-1252",
  delimiter: ";",
  mapping: [
    { index: 0, header: "Nom", field: "last_name" },
    { index: 1, header: "Prénom", field: "first_name" },
    { index: 2, header: "Remarques", field: "notes" },
  ],
  fields: ["first_name", "last_name", "notes", "ignore"],
  new: 2,
  updated: 1,
  duplicates: 0,
  rejected: [{ line: 4, reason: "birthday: \"31/02/1985\" is not a day of the calendar", problems: [] }],
  rejected_total: 1,
  rows: [{ line: 2, name: "<img src=x onerror=alert(1)>", action: "new", matched_by: null, matched_name: null, matched_line: null, changes: [] }],
};

describe("import corrections", () => {
  const start: ImportState = { encoding: "auto", delimiter: "auto", mapping: null };

  it("sends no mapping until a column is corrected, then every column", () => {
    expect(importOptions(start)).toEqual({ encoding: "auto", delimiter: "auto", format: "auto", mapping: [], corrections: [] });
    const corrected = withField(start, preview, 2, "ignore");
    expect(importOptions(corrected).mapping).toEqual(["last_name", "first_name", "ignore"]);
    expect(withField(corrected, preview, 0, "notes").mapping).toEqual(["notes", "first_name", "ignore"]);
  });

  it("drops column corrections when the encoding or separator changes the columns", () => {
    const corrected = withField(start, preview, 2, "ignore");
    expect(withEncoding(corrected, "windows-1252")).toEqual({ encoding: "windows-1252", delimiter: "auto", mapping: null, corrections: [] });
    expect(withDelimiter(corrected, ",").mapping).toBeNull();
  });

  it("sends a corrected cell, the last correction of a cell winning", () => {
    const once = withCorrection(start, 3, 2, "30/02/1985");
    const twice = withCorrection(once, 3, 2, "28/02/1985");
    expect(importOptions(twice).corrections).toEqual([{ line: 3, column: 2, value: "28/02/1985" }]);
    expect(importOptions(withCorrection(twice, 4, 2, "01/01/1990")).corrections).toHaveLength(2);
  });

  it("lists warnings apart from refused rows, in French, each with an input to correct it", () => {
    setLanguage("fr");
    const corrected: string[] = [];
    const list = warningList(preview.warnings, (w, value) => corrected.push(`${w.line}:${w.column_index}:${value}`));
    expect(list.querySelector("h3")?.textContent).toBe("Valeurs illisibles, laissées de côté : 1");
    const item = list.querySelector("li")!;
    expect(item.textContent).toContain("Ligne 3");
    expect(item.textContent).toContain("colonne « Date de naissance »");
    expect(item.textContent).toContain("31/02/1985 n'est pas un jour du calendrier.");
    const input = list.querySelector<HTMLInputElement>("#warning-value-0")!;
    expect(input.value).toBe("31/02/1985");
    input.value = "28/02/1985";
    list.querySelector<HTMLButtonElement>("#warning-correct-0")!.click();
    expect(corrected).toEqual(["3:2:28/02/1985"]);
    setLanguage("en");
    expect(warningList([], () => {}).textContent).toBe("Every value was read.");
  });

  it("knows label formats", () => {
    expect(isLabels("labels-l7160")).toBe(true);
    expect(isLabels("csv-excel")).toBe(false);
  });
});

describe("import preview", () => {
  it("shows the encoding, the counts, each refused row with its line, and names as text", () => {
    setLanguage("fr");
    const seen: ImportState[] = [];
    const el = customerPreview(preview, { encoding: "auto", delimiter: "auto", mapping: null }, (s) => seen.push(s));
    document.body.replaceChildren(el);
    expect(el.querySelector("#import-encoding")?.textContent).toBe("windows-1252");
    expect(el.querySelector('[data-count="new"] strong')?.textContent).toBe("2");
    // Regression: the duplicates tile had the class `duplicates`, whose rule (the duplicates
    // view's list) took its padding away.
    expect(el.querySelector('[data-count="duplicates"]')?.classList.contains("duplicates")).toBe(false);
    const refused = el.querySelector('#import-rejected li[data-line="4"]');
    expect(refused?.textContent).toContain("Ligne 4");
    expect(refused?.textContent).toContain("31/02/1985");
    expect(el.querySelector("img")).toBeNull();
    expect(el.querySelector("#import-rows")?.textContent).toContain("<img src=x onerror=alert(1)>");

    const select = el.querySelector<HTMLSelectElement>("#map-2")!;
    expect(select.value).toBe("notes");
    select.value = "ignore";
    select.dispatchEvent(new Event("change"));
    expect(seen[0].mapping).toEqual(["last_name", "first_name", "ignore"]);
  });

  it("says when nothing was refused, and how many more were than listed", () => {
    setLanguage("en");
    expect(rejectedList([], 0).textContent).toBe("No row refused.");
    expect(rejectedList([{ line: 9, reason: "x", problems: [] }], 3).textContent).toContain("… and 2 more");
  });
});

describe("export form", () => {
  it("offers the ladder's stages and the RFM segments by name, and sends their codes", () => {
    setLanguage("fr");
    const el = exportSection();
    document.body.replaceChildren(el);
    const stage = el.querySelector<HTMLSelectElement>("#export-stage")!;
    const segment = el.querySelector<HTMLSelectElement>("#export-segment")!;
    expect([...stage.options].map((o) => o.textContent)).toEqual(["tous", "Prospect", "Client", "Client régulier", "Fidèle", "Ambassadeur", "Partenaire"]);
    expect(segment.options).toHaveLength(12);
    expect(segment.querySelector('option[value="cant_lose_them"]')?.textContent).toBe("À ne pas perdre");
    expect(exportInput(el, "csv")).toEqual({ format: "csv", tag: "", consent: "", search: "", stage: "", segment: "", household: false });
    stage.value = "supporter";
    segment.value = "at_risk";
    el.querySelector<HTMLInputElement>("#export-tag")!.value = "vip";
    expect(exportInput(el, "vcard")).toMatchObject({ format: "vcard", tag: "vip", stage: "supporter", segment: "at_risk" });
  });
});

describe("refused rows in the shopkeeper's language", () => {
  // The backend words each code in the UI's language (errors.ftl); the preview puts the
  // field's label before it.
  const row = {
    line: 6,
    reason: "",
    problems: [
      { field: "birthday", code: "not_a_day", args: { value: "31/02/1985" }, text: "31/02/1985 n'est pas un jour du calendrier." },
      { field: "email", code: "not_an_email", args: { value: "anne.exemple.fr" }, text: "« anne.exemple.fr » n'est pas une adresse e-mail." },
    ],
  };

  it("names the field in the UI's language before the backend's words", () => {
    setLanguage("fr");
    expect(rejectedReason(row)).toBe("Date de naissance : 31/02/1985 n'est pas un jour du calendrier. ; E-mail : « anne.exemple.fr » n'est pas une adresse e-mail.");
    const till = { line: 5, reason: "", problems: [{ field: "", code: "no_identity", args: {}, text: "Rien n'identifie personne." }] };
    expect(rejectedReason(till)).toBe("Rien n'identifie personne.");
    setLanguage("en");
    const amount = { line: 7, reason: "", problems: [{ field: "amount", code: "not_an_amount", args: { value: "douze" }, text: "“douze” is not an amount (write it like 12.50 or 12,50)." }] };
    expect(rejectedReason(amount)).toBe("Amount: “douze” is not an amount (write it like 12.50 or 12,50).");
    setLanguage("fr");
    const el = rejectedList([row], 1);
    expect(el.querySelector('li[data-line="6"]')?.textContent).toContain("n'est pas une adresse e-mail");
  });
});

describe("a previewed row's reason", () => {
  const update = {
    line: 2, name: "Hélène Dubœuf", action: "update" as const,
    matched_by: "email" as const, matched_name: "Hélène Dubœuf", matched_line: null,
    changes: [{ code: "phone", value: "06 12 34 56 78" }, { code: "consent_given", value: "email" }],
  };

  it("is worded in the shopkeeper's language from its codes", () => {
    setLanguage("fr");
    expect(rowReason(update)).toBe("même e-mail que Hélène Dubœuf : ajoute téléphone 06 12 34 56 78, accord e-mail donné");
    const twice = { line: 5, name: "H. D.", action: "duplicate" as const, matched_by: "phone" as const, matched_name: null, matched_line: 3, changes: [] };
    expect(rowReason(twice)).toBe("même téléphone que la ligne 3 : ignorée");
    setLanguage("en");
    expect(rowReason(update)).toBe("same e-mail as Hélène Dubœuf: adds phone 06 12 34 56 78, e-mail consent given");
    // A language is named in words.
    const dutch = { ...update, changes: [{ code: "language", value: "nl" }] };
    expect(rowReason(dutch)).toBe("same e-mail as Hélène Dubœuf: adds language (Nederlands)");
    setLanguage("fr");
    expect(rowReason(dutch)).toBe("même e-mail que Hélène Dubœuf : ajoute langue (Nederlands)");
  });

  it("shows a change it has no words for by its value, and says nothing of a new customer", () => {
    setLanguage("fr");
    expect(rowReason({ ...update, changes: [{ code: "something_new", value: "x" }] })).toBe("même e-mail que Hélène Dubœuf : ajoute x");
    expect(rowReason({ line: 1, name: "Neuf", action: "new", matched_by: null, matched_name: null, matched_line: null, changes: [] })).toBe("");
  });
});

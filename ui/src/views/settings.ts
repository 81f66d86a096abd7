import { api, AppError, type AppInfo, type Lang, type ShopView } from "../api";
import { loyaltyCard } from "./loyalty-settings";
import { h, mount } from "../dom";
import { LANGUAGES, setShopRegion, t } from "../i18n";
import { analysisApi } from "../api-analysis";
import { campaignsApi } from "../api-campaigns";
import { safetyApi, type BackupInfo } from "../api-safety";
import { type LockStatus, type PassphraseAction, type PassphraseForm, passphraseActions, passphraseApi, passphraseRequest } from "../api-passphrase";
import { field, input, showErrors } from "./forms";
import { keepDraft } from "../drafts";
import { printerCard } from "./loyalty-cards";
import { updatesCard } from "./updates";

export async function renderSettings(main: HTMLElement, languageChanged: () => Promise<void>): Promise<void> {
  const [settings, info, ladder, backups, lock, printer] = await Promise.all([
    api.settings(),
    api.appInfo(),
    analysisApi.ladderSettings(),
    safetyApi.info(),
    passphraseApi.status(),
    printerCard(),
  ]);
  const uiLanguage = h("select", { id: "ui-language" }, LANGUAGES.map((l) => h("option", { value: l, lang: l }, t(`lang-${l}`))));
  uiLanguage.value = settings.ui_language;
  uiLanguage.addEventListener("change", async () => {
    await api.setUiLanguage(uiLanguage.value as Lang);
    await languageChanged();
  });

  const s = settings.shop;
  const inputs: Record<Exclude<keyof ShopView, "has_logo">, HTMLInputElement | HTMLSelectElement> = {
    name: input({ value: s.name }),
    address_line1: input({ value: s.address_line1 }),
    address_line2: input({ value: s.address_line2 }),
    postal_code: input({ value: s.postal_code }),
    city: input({ value: s.city }),
    country: input({ value: s.country, maxlength: "2" }),
    language: h("select", {}, LANGUAGES.map((l) => h("option", { value: l, lang: l }, t(`lang-${l}`)))),
    currency: input({ value: s.currency, maxlength: "3" }),
    phone: input({ value: s.phone }),
    email: input({ value: s.email }),
    signature: input({ value: s.signature }),
    margin_percent: input({ value: String(s.margin_percent), inputmode: "numeric" }),
  };
  inputs.language.value = s.language;
  // The calendar the shop counts years in (a Thai shop's Buddhist Era), kept beside the shop.
  const calendar = h("select", { id: "f-calendar" }, (["gregorian", "buddhist"] as const).map((c) => h("option", { value: c }, t(`calendar-${c}`))));
  calendar.value = settings.calendar === "buddhist" ? "buddhist" : "gregorian";
  const labels: Record<Exclude<keyof ShopView, "has_logo">, string> = {
    name: t("settings-shop-name"),
    address_line1: t("form-address_line1"),
    address_line2: t("form-address_line2"),
    postal_code: t("form-postal_code"),
    city: t("form-city"),
    country: t("form-country"),
    language: t("settings-shop-language"),
    currency: t("settings-currency"),
    phone: t("form-phone"),
    email: t("form-email"),
    signature: t("settings-signature"),
    margin_percent: t("settings-margin"),
  };
  const summary = h("p", { class: "form-summary", "aria-live": "polite" });
  const form = h(
    "form",
    { class: "card", id: "shop-form" },
    h("h2", {}, t("settings-shop")),
    h(
      "div",
      { class: "grid" },
      (Object.keys(inputs) as (keyof typeof inputs)[]).map((k) => field(labels[k], inputs[k], k === "margin_percent" ? "margin_rate" : k)),
      field(t("settings-calendar"), calendar, "calendar"),
    ),
    logoRow(Boolean(s.has_logo)),
    summary,
    h("button", { type: "submit", class: "primary" }, t("settings-save")),
  );
  const shopDraft = keepDraft("settings:shop", form, t("draft-what-shop")); // left unsaved, offered back (issue 14)
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const shop = Object.fromEntries(Object.entries(inputs).map(([k, el]) => [k, el.value])) as unknown as ShopView;
    shop.margin_percent = Number(inputs.margin_percent.value) || 0;
    try {
      await api.setShopProfile(shop);
      await api.setCalendar(calendar.value);
      setShopRegion(shop.country, calendar.value);
      shopDraft.saved();
      summary.textContent = t("settings-saved");
    } catch (err) {
      showErrors(form, summary, err, t("form-fix"));
    }
  });
  const supporter = input({ id: "ladder-supporter", inputmode: "numeric", value: String(ladder.supporter_min_purchases) });
  const drift = input({ id: "ladder-drift", inputmode: "decimal", value: String(ladder.drift_threshold_percent) });
  const discount = input({ id: "ladder-discount", inputmode: "decimal", value: String(ladder.discount_rate_percent) });
  const ladderSummary = h("p", { class: "form-summary", "aria-live": "polite" });
  const ladderForm = h(
    "form",
    { class: "card", id: "ladder-form" },
    h("h2", {}, t("settings-ladder")),
    h(
      "div",
      { class: "grid" },
      field(t("settings-supporter-min"), supporter, "analytics.supporter_min_purchases"),
      field(t("settings-drift-threshold"), drift, "analytics.drift_threshold"),
      field(t("settings-discount-rate"), discount, "analytics.annual_discount_rate"),
    ),
    ladderSummary,
    h("button", { type: "submit", class: "primary" }, t("settings-save")),
  );
  const ladderDraft = keepDraft("settings:ladder", ladderForm, t("draft-what-ladder"));
  ladderForm.addEventListener("submit", async (e) => {
    e.preventDefault();
    const number = (el: HTMLInputElement) => Number(el.value.replace(",", "."));
    try {
      await analysisApi.setLadderSettings({ supporter_min_purchases: Math.round(number(supporter)), drift_threshold_percent: number(drift), discount_rate_percent: number(discount) });
      ladderDraft.saved();
      ladderSummary.textContent = t("settings-saved");
    } catch (err) {
      showErrors(ladderForm, ladderSummary, err, t("form-fix"));
    }
  });
  mount(
    main,
    h("h1", {}, t("settings-title")),
    h("section", { class: "card" }, field(t("settings-language"), uiLanguage, "ui_language")),
    form,
    ladderForm,
    printer,
    await loyaltyCard(),
    cardCostForm(await campaignsApi.cardCost()),
    backupCard(backups, languageChanged),
    passphraseCard(lock),
    await updatesCard(),
    aboutCard(info),
  );
}

/** Which build this is and which file it has open: what a report of a problem needs to say. */
function aboutCard(info: AppInfo): HTMLElement {
  return h(
    "section",
    { class: "card", id: "about" },
    h("h2", {}, t("settings-about-title")),
    h("p", { id: "about-version" }, t("settings-about-version", { version: info.version })),
    h("p", { class: "muted small", id: "about-build" }, t("settings-about-build", { commit: info.commit })),
    h("p", { class: "muted small", id: "about-file" }, t("settings-file", { path: info.db_path, v: info.schema_version })),
  );
}

/** What one card costs (card, printing, postage): the Campaigns view counts it against what the cards brought. */
function cardCostForm(cost: string): HTMLElement {
  const amount = input({ id: "card-cost", inputmode: "decimal", value: cost, class: "narrow" });
  const summary = h("p", { class: "form-summary", "aria-live": "polite" });
  const form = h(
    "form",
    { class: "card", id: "card-cost-form" },
    field(t("ui-campaigns-card-cost"), amount, "card_cost"),
    h("div", { class: "actions" }, h("button", { type: "submit" }, t("ui-campaigns-card-cost-save"))),
    summary,
  );
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      await campaignsApi.setCardCost(amount.value);
      summary.textContent = t("ui-campaigns-card-cost-saved");
    } catch (err) {
      showErrors(form, summary, err, t("form-fix"));
    }
  });
  return form;
}

/** Automatic backups (folder, how many kept), a copy now, and a restore. */
function backupCard(b: BackupInfo, reload: () => Promise<void>): HTMLElement {
  const status = h("p", { class: "muted", "aria-live": "polite", id: "backup-status" });
  const dir = h("code", { id: "backup-dir" }, b.dir);
  const keep = input({ id: "backup-keep", inputmode: "numeric", value: String(b.keep) });
  const err = h("small", { class: "field-error", id: "err-keep" });
  keep.addEventListener("change", async () => {
    err.textContent = "";
    try {
      await safetyApi.setKeep(Number(keep.value));
    } catch (e) {
      err.textContent = e instanceof AppError ? (e.field("keep") ?? e.message) : String(e);
    }
  });
  const askPassphrase = h("div", { id: "restore-passphrase-slot" });
  const act = (label: string, id: string, run: () => Promise<void>) => {
    const button = h("button", { id }, label);
    button.addEventListener("click", async () => {
      try {
        await run();
      } catch (e) {
        status.textContent = e instanceof AppError ? e.message : String(e);
      }
    });
    return button;
  };
  return h(
    "section",
    { class: "card", id: "backups" },
    h("h2", {}, t("backup-title")),
    h("p", {}, t("backup-auto"), " ", dir, " ", act(t("backup-choose-dir"), "backup-choose", async () => {
      const chosen = await safetyApi.chooseDir();
      if (chosen) dir.textContent = chosen;
    })),
    b.latest ? h("p", { class: "muted small" }, t("backup-latest", { name: b.latest })) : null,
    h("div", { class: "field" }, h("label", { for: "backup-keep" }, t("backup-keep")), keep, err),
    h(
      "div",
      { class: "actions" },
      act(t("backup-now"), "backup-now", async () => {
        const name = await safetyApi.backupNow();
        if (name) status.textContent = t("backup-done", { name });
      }),
      act(t("backup-restore"), "backup-restore", async () => {
        mount(askPassphrase);
        try {
          const kept = await safetyApi.restore();
          if (kept) {
            await reload();
            status.textContent = t("backup-restored", { kept });
          }
        } catch (e) {
          if (!(e instanceof AppError && e.kind === "needs_passphrase")) throw e;
          status.textContent = "";
          mount(askPassphrase, restorePassphraseForm(reload, status));
        }
      }),
    ),
    askPassphrase,
    status,
  );
}

/** An encrypted backup: its passphrase, then the same chosen file is restored. */
function restorePassphraseForm(reload: () => Promise<void>, status: HTMLElement): HTMLElement {
  const passphrase = input({ id: "restore-passphrase", type: "password", autocomplete: "off" });
  const message = h("small", { class: "field-error", id: "err-restore-passphrase", "aria-live": "polite" }, t("backup-need-passphrase"));
  const form = h(
    "form",
    { id: "restore-passphrase-form" },
    h("div", { class: "field" }, h("label", { for: "restore-passphrase" }, t("unlock-passphrase")), passphrase, message),
    h("button", { type: "submit", class: "primary", id: "restore-with-passphrase" }, t("backup-restore-with")),
  );
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      const kept = await safetyApi.restore(passphrase.value);
      passphrase.value = "";
      form.remove();
      if (kept) {
        await reload();
        status.textContent = t("backup-restored", { kept });
      }
    } catch (err) {
      message.textContent = err instanceof AppError && err.kind === "wrong_passphrase" ? t("backup-wrong-passphrase") : err instanceof AppError ? err.message : String(err);
    }
  });
  return form;
}

/** Set, change or remove the customer file's passphrase. */
function passphraseCard(lock: LockStatus): HTMLElement {
  const card = h("section", { class: "card", id: "passphrase" });
  const draw = (encrypted: boolean, done?: string) => {
    const inputs: Record<keyof PassphraseForm, HTMLInputElement> = {
      current: input({ id: "passphrase-current", type: "password", autocomplete: "current-password" }),
      replacement: input({ id: "passphrase-new", type: "password", autocomplete: "new-password" }),
      confirm: input({ id: "passphrase-confirm", type: "password", autocomplete: "new-password" }),
    };
    const summary = h("p", { class: "form-summary", id: "passphrase-status", "aria-live": "polite" }, done ?? "");
    const form = h(
      "form",
      { id: "passphrase-form" },
      encrypted ? field(t("passphrase-current"), inputs.current, "current") : null,
      h(
        "div",
        { class: "grid" },
        field(t("passphrase-new"), inputs.replacement, "replacement"),
        field(t("passphrase-confirm"), inputs.confirm, "confirm"),
      ),
      h("p", { class: "muted small" }, t("passphrase-warning")),
      summary,
    );
    const run = async (action: PassphraseAction) => {
      const request = passphraseRequest(action, { current: inputs.current.value, replacement: inputs.replacement.value, confirm: inputs.confirm.value });
      if ("error" in request) {
        showErrors(form, summary, new AppError("invalid", t(request.error), [{ field: request.field, code: request.error, args: {}, message: t(request.error) }]), t("form-fix"));
        return;
      }
      summary.textContent = t("passphrase-working");
      try {
        const status = await passphraseApi.change(request.current, request.replacement);
        draw(status.encrypted, t(`passphrase-done-${action}`));
      } catch (err) {
        showErrors(form, summary, err, t("form-fix"));
      }
    };
    const buttons = passphraseActions(encrypted).map((action) =>
      h("button", { type: "button", id: `passphrase-${action}`, class: action === "remove" ? "" : "primary", onclick: () => void run(action) }, t(`passphrase-${action}`)),
    );
    mount(
      card,
      h("h2", {}, t("passphrase-title")),
      h("p", { id: "passphrase-state" }, t(encrypted ? "passphrase-encrypted" : "passphrase-plain")),
      form,
      h("div", { class: "actions" }, buttons),
    );
  };
  draw(lock.encrypted);
  return card;
}

/** The shop's logo, printed on the cards: whether there is one, and a button to choose it. */
export function logoRow(hasLogo: boolean): HTMLElement {
  const status = h("span", { class: "muted", id: "logo-status", "aria-live": "polite" }, hasLogo ? t("setup-logo-set") : t("setup-no-logo"));
  const choose = h("button", { type: "button", id: "choose-logo" }, t("setup-choose-logo"));
  choose.addEventListener("click", async () => {
    try {
      const name = await api.chooseShopLogo();
      if (name) status.textContent = t("setup-logo-chosen", { file: name });
    } catch (err) {
      status.textContent = err instanceof AppError ? (err.field("logo") ?? err.message) : String(err);
    }
  });
  return h("div", { class: "field logo-row" }, h("span", { class: "label" }, t("setup-logo")), h("div", { class: "row" }, choose, status));
}

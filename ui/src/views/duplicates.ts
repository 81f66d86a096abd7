import { recordsApi, type DuplicateSide } from "../api-records";
import { h, mount } from "../dom";
import { t, type Key } from "../i18n";

/** Probable duplicates, side by side, each pair merged in one click into the side kept. */
export async function renderDuplicates(main: HTMLElement): Promise<void> {
  const pairs = await recordsApi.duplicates(200);
  const refresh = () => renderDuplicates(main);
  const side = (s: DuplicateSide) =>
    h("div", { class: "dup-side" }, h("a", { href: `#/customers/${s.id}` }, s.name), h("small", { class: "muted" }, [s.city, s.email, s.phone].filter(Boolean).join(" · ")), h("small", {}, `${s.purchase_count} ${t("customer.purchases").toLowerCase()}`));
  const status = h("p", { class: "muted", "aria-live": "polite", id: "merge-status" });
  mount(
    main,
    h("a", { href: "#/customers", class: "back" }, t("customer.back")),
    h("h1", {}, t("file.duplicates")),
    status,
    pairs.length === 0
      ? h("p", { class: "muted" }, t("file.noDuplicates"))
      : h(
          "ul",
          { class: "duplicates" },
          pairs.map((p) => {
            const merge = (keep: DuplicateSide, other: DuplicateSide) =>
              h("button", { class: "merge", onclick: async () => {
                const r = await recordsApi.merge(keep.id, other.id);
                await refresh();
                status.textContent = t("file.merged", { p: r.purchases, i: r.interactions });
              } }, t("file.keep", { name: keep.name }));
            return h(
              "li",
              { class: "card dup-pair" },
              h("p", { class: "small" }, p.reasons.map((r) => t(`file.reason.${r}` as Key)).join(", ")),
              h("div", { class: "dup-sides" }, side(p.first), side(p.second)),
              h("div", { class: "row" }, merge(p.first, p.second), merge(p.second, p.first)),
            );
          }),
        ),
  );
}

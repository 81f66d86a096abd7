// The archived customers, findable again: out of the list and its search, here with their own
// search; each opens on its page, which has "Désarchiver".

import { recordsApi, type ArchivedRow } from "../api-records";
import { debounce, h, mount } from "../dom";
import { formatDate, t } from "../i18n";

export async function renderArchived(main: HTMLElement): Promise<void> {
  const search = h("input", { type: "search", id: "archived-search", placeholder: t("archived-search"), "aria-label": t("archived-search"), autocomplete: "off" });
  const list = h("ul", { class: "plain archived-list", id: "archived-list" });
  const draw = (rows: ArchivedRow[], q: string) =>
    mount(
      list,
      rows.length === 0
        ? h("li", { class: "muted" }, q ? t("archived-no-match", { q }) : t("archived-none"))
        : rows.map((r) =>
            h(
              "li",
              { class: "archived-row", "data-id": r.id },
              h("a", { href: `#/customers/${r.id}` }, r.name),
              h("span", { class: "badge archived-badge" }, t("archived-badge")),
              h("small", { class: "muted" }, [r.city, r.email, r.phone, t("archived-since", { date: formatDate(r.archived_at) })].filter(Boolean).join(" · ")),
            ),
          ),
    );
  const load = async () => {
    const q = search.value;
    const rows = await recordsApi.archived(q);
    if (search.value === q) draw(rows, q.trim());
  };
  search.addEventListener("input", debounce(() => void load(), 150));
  mount(
    main,
    h("a", { href: "#/customers", class: "back" }, t("customer-back")),
    h("h1", {}, t("archived-title")),
    h("p", { class: "muted" }, t("archived-intro")),
    search,
    list,
  );
  await load();
  search.focus();
}

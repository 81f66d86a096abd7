import { api, type CustomerRow } from "../api";
import { debounce, h, mount } from "../dom";
import { formatDate, t } from "../i18n";
import { go } from "../router";
import { VirtualList } from "../virtual-list";

const ROW_HEIGHT = 44;

/** Remembered while the app runs, so coming back from a customer keeps the search. */
let lastSearch = "";

export async function renderCustomers(main: HTMLElement): Promise<void> {
  const search = h("input", {
    id: "customer-search",
    type: "search",
    placeholder: t("customers.search"),
    value: lastSearch,
    autocomplete: "off",
    spellcheck: "false",
  });
  const count = h("span", { class: "muted", id: "customer-count" });
  const empty = h("p", { class: "muted empty", hidden: true });

  const list = new VirtualList<CustomerRow>({
    rowHeight: ROW_HEIGHT,
    pageSize: 100,
    load: (offset, limit) => api.listCustomers(lastSearch, offset, limit),
    onTotal: (total) => {
      count.textContent = total === 1 ? t("customers.countOne") : t("customers.count", { n: total });
      empty.hidden = total > 0;
      empty.textContent = t("customers.none", { q: lastSearch });
    },
    renderRow: (c) =>
      h(
        "a",
        { class: "customer-row", href: `#/customers/${c.id}`, role: "listitem", "data-id": c.id },
        h("span", { class: "name" }, c.name, c.company && c.company !== c.name ? h("small", {}, c.company) : null),
        h("span", { class: "city" }, c.city),
        h("span", { class: "contact" }, c.email ?? c.phone ?? ""),
        h("span", { class: "num" }, String(c.purchases)),
        h("span", { class: "num" }, c.total),
        h("span", { class: "date" }, c.last_purchase ? formatDate(c.last_purchase) : ""),
      ),
  });

  const searchNow = debounce(() => void list.reset(), 120);
  search.addEventListener("input", () => {
    lastSearch = search.value;
    searchNow();
  });
  search.addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      const first = list.element.querySelector<HTMLAnchorElement>(".customer-row");
      if (first) go(`/customers/${first.dataset.id}`);
    }
  });

  mount(
    main,
    h(
      "header",
      { class: "toolbar" },
      search,
      count,
      h("a", { href: "#/customers/duplicates", id: "duplicates-link", class: "small" }, t("file.duplicates")),
      h("a", { href: "#/customers/archived", id: "archived-link", class: "small" }, t("archived.link")),
      h("button", { id: "add-customer", class: "primary", onclick: () => go("/customers/new") }, t("customers.add")),
    ),
    h(
      "div",
      { class: "customer-head" },
      ["customers.col.name", "customers.col.city", "customers.col.contact", "customers.col.purchases", "customers.col.total", "customers.col.last"].map(
        (k) => h("span", {}, t(k as Parameters<typeof t>[0])),
      ),
    ),
    list.element,
    empty,
  );
  search.focus();
  await list.reset();
}

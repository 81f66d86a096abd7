// Hash routes: #/customers, #/customers/12, #/customers/new, #/customers/12/edit,
// #/dashboard, #/campaigns, #/cards (and #/cards/occasions, #/cards/follow-up, #/cards/loyalty),
// #/import-export, #/settings.

/** The cards page's tabs: #/cards, #/cards/occasions, #/cards/follow-up, #/cards/loyalty. */
export type CardsTab = "month" | "occasions" | "follow-up" | "loyalty";

export type Route =
  | { view: "customers" }
  | { view: "customer"; id: number }
  | { view: "customer-new" }
  | { view: "duplicates" }
  | { view: "customers-archived" }
  | { view: "customer-edit"; id: number }
  | { view: "dashboard" }
  | { view: "campaigns" }
  | { view: "cards"; tab: CardsTab }
  | { view: "import-export" }
  | { view: "counter" }
  | { view: "settings" };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, "").split("/").filter(Boolean);
  const id = Number(parts[1]);
  switch (parts[0]) {
    case "customers":
      if (parts[1] === "new") return { view: "customer-new" };
      if (parts[1] === "duplicates") return { view: "duplicates" };
      if (parts[1] === "archived") return { view: "customers-archived" };
      if (Number.isInteger(id) && id > 0) return parts[2] === "edit" ? { view: "customer-edit", id } : { view: "customer", id };
      return { view: "customers" };
    case "dashboard":
      return { view: "dashboard" };
    case "campaigns":
      return { view: "campaigns" };
    case "cards":
      return { view: "cards", tab: parts[1] === "occasions" || parts[1] === "follow-up" || parts[1] === "loyalty" ? parts[1] : "month" };
    case "import-export":
      return { view: "import-export" };
    case "counter":
      return { view: "counter" };
    case "settings":
      return { view: "settings" };
    default:
      return { view: "customers" };
  }
}

export function go(path: string): void {
  location.hash = path;
}

import { api } from "../api";
import { h, mount } from "../dom";
import { t } from "../i18n";
import { go } from "../router";

/** Shown when the customer file is empty: start with a demo shop or a first customer. */
export function renderWelcome(main: HTMLElement, refresh: () => Promise<void>): void {
  const demo = h("button", { id: "load-demo", class: "primary" }, t("welcome.demo"));
  const status = h("p", { class: "muted", "aria-live": "polite" });
  demo.addEventListener("click", async () => {
    demo.setAttribute("disabled", "");
    status.textContent = t("welcome.loading");
    await api.loadDemo(500);
    await refresh();
  });
  mount(
    main,
    h(
      "section",
      { class: "welcome card" },
      h("h1", {}, t("welcome.title")),
      h("p", {}, t("welcome.body")),
      h("div", { class: "actions" }, demo, h("button", { onclick: () => go("/customers/new") }, t("welcome.add"))),
      status,
    ),
  );
}

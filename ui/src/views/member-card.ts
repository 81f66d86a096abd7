// The customer's loyalty card number on their page with their points or stamps, and "lost card:
// new number" (asked first).

import type { CustomerView } from "../api";
import { counterApi } from "../api-counter";
import { ask } from "../dialog";
import { h } from "../dom";
import { t } from "../i18n";
import { notify } from "../notice";

export function memberNumberLine(c: CustomerView, refresh: () => Promise<void>): HTMLElement | null {
  if (!c.member_number) return null;
  const number = c.member_number;
  const reissue = async () => {
    const yes = await ask({
      id: "reissue-dialog",
      title: t("member-reissue-title", { name: c.name }),
      body: [h("p", {}, t("member-reissue-what", { number }))],
      confirm: t("member-reissue-confirm"),
      cancel: t("member-reissue-cancel"),
    });
    if (!yes) return;
    const fresh = await counterApi.reissueNumber(c.id);
    await refresh();
    notify(t("member-reissued", { number: fresh }));
  };
  return h(
    "p",
    { class: "member-number" },
    h("span", { id: "member-number" }, t("member-number", { number })),
    c.points ? h("span", {}, " · ", h("strong", { id: "customer-points" }, t(c.points.unit === "stamps" ? "counter-stamps" : "counter-points", { n: c.points.balance }))) : null,
    " ",
    h("button", { type: "button", class: "small", id: "reissue-number", onclick: () => void reissue() }, t("member-reissue")),
  );
}

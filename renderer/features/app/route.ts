/** Where the person is. A handful of screens need no router library: the app has no URLs to share or bookmark. */
export type Route =
  | { readonly name: 'today' }
  | { readonly name: 'list' }
  | { readonly name: 'new' }
  | { readonly name: 'detail'; readonly id: string }
  | { readonly name: 'settings' }
  /** `month` (`YYYY-MM`) opens that month, e.g. from a settlement reminder; without it, this month. */
  | { readonly name: 'settlements'; readonly month?: string }
  /** 个案: the list; `case` one case's page (from the list, a refund, or a deadline reminder). */
  | { readonly name: 'cases' }
  | { readonly name: 'case'; readonly id: string };

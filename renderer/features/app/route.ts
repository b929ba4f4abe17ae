/** Where the person is. Four screens need no router library: the app has no URLs to share or bookmark. */
export type Route =
  | { readonly name: 'today' }
  | { readonly name: 'list' }
  | { readonly name: 'new' }
  | { readonly name: 'detail'; readonly id: string }
  | { readonly name: 'settings' };

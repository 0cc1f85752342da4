// Tag for the fn-*.mjs tables: raw text (backslashes stay as written, except before a backtick, which a
// template must escape), ~~~ stands for a ``` fence, and the first and last line breaks are dropped.
export const md = (strings, ...values) =>
  String.raw({ raw: strings.raw }, ...values).replaceAll('\\`', '`').replaceAll('~~~', '```').replace(/^\n/, '').replace(/\n$/, '');

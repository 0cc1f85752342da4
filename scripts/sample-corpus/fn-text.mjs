// Tag for the fn-*.mjs tables: raw text (backslashes stay as written), ~~~ stands for a ``` fence and the
// first and last line breaks are dropped, so a table can write Markdown with Python inside a template.
export const md = (strings, ...values) => String.raw({ raw: strings.raw }, ...values).replaceAll('~~~', '```').replace(/^\n/, '').replace(/\n$/, '');

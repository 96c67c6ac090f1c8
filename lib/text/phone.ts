/** "+37167222922" → "+371 6722 2922"; short numbers (112, 116111) stay as they are. */
export function formatPhone(number: string): string {
  const match = /^\+371(\d{4})(\d{4})$/.exec(number);
  return match ? `+371 ${match[1]} ${match[2]}` : number;
}

/** The value of a tel: link; short national numbers are dialled as they are. */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}

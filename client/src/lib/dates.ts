/** Formats a `YYYY-MM-DD` local date for reading, without shifting it through a time zone. */
export function formatLocalDate(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const [year, month, day] = value.split('-').map(Number);
  return new Date(year, month - 1, day).toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** "jeudi 17 décembre 2026": a meeting's day, in the browser's time zone. */
export function formatDay(value: string | Date, locale: string): string {
  return new Date(value).toLocaleDateString(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

/** "09:00": a time of day. */
export function formatTime(value: string | Date, locale: string): string {
  return new Date(value).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
}

/** "17 déc. 2026 à 09:00": a moment, short. */
export function formatDateTime(value: string | Date, locale: string): string {
  return new Date(value).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

/** The `YYYY-MM-DD` and `HH:MM` of a moment, in local time, for date and time inputs. */
export function toDateAndTimeInputs(value: string | Date): { date: string; time: string } {
  const moment = new Date(value);
  const pad = (number: number) => String(number).padStart(2, '0');
  return {
    date: `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`,
    time: `${pad(moment.getHours())}:${pad(moment.getMinutes())}`,
  };
}

/** The moment a date input and a time input mean, in local time; null when either is incomplete. */
export function fromDateAndTimeInputs(date: string, time: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const [year, month, day] = date.split('-').map(Number);
  const [hours, minutes] = time.split(':').map(Number);
  const moment = new Date(year, month - 1, day, hours, minutes);
  return Number.isNaN(moment.getTime()) ? null : moment;
}

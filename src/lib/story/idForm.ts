/**
 * The form of an entry id and a story folder's name (its web address): lowercase letters and
 * digits in words joined by single dashes, e.g. `india-logout`, `meta-outage-2024-03-05`.
 */
export const ID_FORM = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A web address a story may link to: `http(s)://`, a host with a dot, no spaces. */
export const WEB_URL = /^https?:\/\/[^\s/]+\.[^\s]+$/i;

// The short email that goes with a request: what the customer's admin must do, where to get the
// app, and the fingerprint call. Never the fingerprint itself: it travels with the request, so
// whoever swapped the request could change it too; it is read on the phone. It is written in the
// language the app speaks, which the person making the request reads and may edit.

import { formatDate, t } from './i18n.js';

/** The expiry as a date the admin reads in their own calendar terms. */
const expiryDate = (secs) => formatDate(new Date(secs * 1000), { dateStyle: 'long' });

/** The email text for `made` (a request just made), naming `downloads` for the app. */
export function requestEmail(made, downloads) {
  const { request } = made;
  // Without the marks that isolate values in right-to-left text: the link and the address are
  // copied into an email, where they must stay exactly what they are.
  return t(request.reconnect ? 'email-reconnect' : 'email-new', {
    from: request.from,
    name: request.name,
    downloads,
    file: made.fileName,
    expires: expiryDate(request.expiresAt),
    link: made.link,
  }).replace(/[\u2068\u2069]/g, '');
}

// The short email that goes with a request: what the customer's admin must do, where to get the
// app, and the fingerprint call. Never the fingerprint itself: it travels with the request, so
// whoever swapped the request could change it too; it is read on the phone.

/** The expiry as a date the admin reads in their own calendar terms. */
const expiryDate = (secs) => new Date(secs * 1000).toLocaleDateString([], { dateStyle: 'long' });

/** The email text for `made` (a request just made), naming `downloads` for the app. */
export function requestEmail(made, downloads) {
  const { request } = made;
  const ask = request.reconnect
    ? `${request.from} asks you to sign in to Zoho again for the connection “${request.name}”, so it keeps working. Nothing new is created, and no password or secret goes by email.`
    : `${request.from} asks you to create a Zoho API client for “${request.name}” in your company's Zoho account. Only a Zoho admin can do it; it takes about five minutes, and no password or secret goes by email.`;
  return [
    'Hello,',
    '',
    ask,
    '',
    `1. Install Zoho Credential Wizard (free): ${downloads}`,
    `2. Open the attached file ${made.fileName} with it. No attachment? In the app, click “Open a request you were sent” and paste the link at the end of this email.`,
    '3. We will call you on a number you already know and read you the request\'s fingerprint. Go on only if it matches the one the app shows; if it differs, stop: the request was changed on the way.',
    '4. Follow the app\'s steps. At the end it makes a reply: attach it to your answer to this email.',
    '',
    `The request expires on ${expiryDate(request.expiresAt)}.`,
    '',
    'The link to the request (for step 2, only without the attachment):',
    made.link,
  ].join('\n');
}

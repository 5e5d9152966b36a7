// The portal host names from ../shared/PORTALS.md. The static content script and host
// permissions cover exactly these; every other site is reached through activeTab or an
// optional permission the user grants when binding an account there.
export const PORTAL_HOSTS = [
  'app.practicepanther.com',
  'intakeq.com',
  'app.intakeq.com',
  'practiceq.com',
  'app.practiceq.com',
  'portal.therapyappointment.com',
] as const;

export const PORTAL_MATCHES = PORTAL_HOSTS.map((host) => `https://${host}/*`);

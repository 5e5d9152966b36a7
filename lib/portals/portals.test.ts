import { describe, expect, it } from 'vitest';
import { portalForHost, portalForUrl, portalImitatedBy } from './index';

describe('knowing the portals by their exact hosts', () => {
  it('finds each portal on its own hosts', () => {
    expect(portalForHost('app.practicepanther.com')?.name).toBe('PracticePanther');
    expect(portalForHost('APP.IntakeQ.com.')?.id).toBe('practiceq');
    expect(portalForHost('portal.therapyappointment.com')?.id).toBe('therapyappointment');
    expect(portalForHost('smithlaw.mycase.com')?.id).toBe('mycase');
    expect(portalForHost('downtownphysio.janeapp.com')?.id).toBe('jane');
  });

  it('is not fooled by look-alikes, and says what they imitate', () => {
    for (const host of [
      'app.practicepanther.com.secure-login.test',
      'practicepanther.com',
      'app-practicepanther.com',
      'janeapp.com.evil.test',
    ]) {
      expect(portalForHost(host), host).toBeUndefined();
    }
    expect(portalImitatedBy('app.practicepanther.com.secure-login.test')?.name).toBe('PracticePanther');
    expect(portalImitatedBy('app.intakeq.com.secure-login.test')?.name).toBe('PracticeQ (IntakeQ)');
    expect(portalImitatedBy('app.practicepanther.com')).toBeUndefined();
    expect(portalImitatedBy('example.org')).toBeUndefined();
  });

  it('only over https', () => {
    expect(portalForUrl('http://app.practicepanther.com/')).toBeUndefined();
    expect(portalForUrl('not a url')).toBeUndefined();
  });
});

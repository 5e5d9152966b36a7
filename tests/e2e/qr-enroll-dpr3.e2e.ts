import { enrollAtPixelRatio } from './helpers/enrollment';

// Codes and the page's hints are in device pixels: the same enrollment at 3× density.
enrollAtPixelRatio(3, 'svg');

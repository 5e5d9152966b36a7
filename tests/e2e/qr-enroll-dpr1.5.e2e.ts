import { enrollAtPixelRatio } from './helpers/enrollment';

// Codes and the page's hints are in device pixels: the same enrollment at 1.5× density.
enrollAtPixelRatio(1.5, 'svg');

import { enrollAtPixelRatio } from './helpers/enrollment';

// Codes and the page's hints are in device pixels: the same enrollment at 2× density.
enrollAtPixelRatio(2, 'canvas');

// Loads the self-hosted fonts (Atkinson Hyperlegible, OpenDyslexic) and the appearance CSS.
// Imported once by the composition root; the font files are bundled and precached, so the
// app never asks a font CDN for anything.
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '@fontsource/opendyslexic/400.css';
import '@fontsource/opendyslexic/700.css';
import './appearance.css';

/** The component gallery page (embed.html): the library entry, then the gallery that shows it. */
import '../embed/index';
import './corridor-gallery';

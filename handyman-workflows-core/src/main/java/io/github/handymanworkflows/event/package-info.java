/** Events: the envelope, one record per payload of the catalogue, the registry and the codec. */
@NullMarked
package io.github.handymanworkflows.event;

import org.jspecify.annotations.NullMarked;

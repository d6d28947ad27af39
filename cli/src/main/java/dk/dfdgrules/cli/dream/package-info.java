/**
 * {@code dfdg dream}: the DREAM key figures of a wide or long DREAM file ({@code keyfigures}) and
 * synthetic sample files ({@code sample}).
 *
 * <p>STAR stresses that DREAM should not be used for stock counts (bestandsopgørelser) and is not
 * comparable with other data sources (FLIS-DREAM §2); every report says so in its header.
 */
package dk.dfdgrules.cli.dream;

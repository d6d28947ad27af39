package dk.dfdgrules.rules.dream;

/**
 * Whether a DREAM benefit code is an activation (aktivering) or a passive benefit. Comes from the
 * code's name in appendix 2 and ships as data (attribute {@code kind} of the code list): activation
 * = "Vejledning og opkvalificering", "Ordinær uddannelse", "Løntilskud", "Virksomhedspraktik",
 * "Nytteindsats", "Anden aktivering", "6-ugers-selvvalgt uddannelse"; everything else passive
 * (spec DRM-3 step 4).
 */
public enum BenefitKind {
  /** An activation code. */
  ACTIVATION,
  /** A passive code. */
  PASSIVE
}

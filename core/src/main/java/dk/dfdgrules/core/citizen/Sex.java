package dk.dfdgrules.core.citizen;

/** Køn — read from the last digit of a CPR number: odd is male, even is female. */
public enum Sex {
  /** Mand — the CPR number's last digit is odd. */
  MALE,
  /** Kvinde — the CPR number's last digit is even. */
  FEMALE
}

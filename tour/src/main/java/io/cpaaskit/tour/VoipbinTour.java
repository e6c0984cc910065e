package io.cpaaskit.tour;

/** Voipbin: pending. */
final class VoipbinTour implements Tour.VendorTour {
  @Override
  public String id() {
    return "voipbin";
  }

  @Override
  public void run(Tour.Env env, boolean allowWrites, Report report) {}
}

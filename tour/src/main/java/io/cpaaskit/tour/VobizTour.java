package io.cpaaskit.tour;

/** Vobiz: pending. */
final class VobizTour implements Tour.VendorTour {
  @Override
  public String id() {
    return "vobiz";
  }

  @Override
  public void run(Tour.Env env, boolean allowWrites, Report report) {}
}

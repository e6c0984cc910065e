package io.cpaaskit.vobiz.xml;

/** The file format of a recording ({@code fileFormat} on Record, {@code recordFileFormat} on Conference). */
public enum AudioFormat {
  /** MP3, Vobiz's default. */
  MP3("mp3"),
  /** WAV. */
  WAV("wav");

  private final String wireValue;

  AudioFormat(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * Returns the attribute value Vobiz expects.
   *
   * @return {@code mp3} or {@code wav}
   */
  public String wireValue() {
    return wireValue;
  }
}

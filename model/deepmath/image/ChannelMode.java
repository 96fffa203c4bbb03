package deepmath.image;

/** A colour image is convolved channel by channel (colour result) or first turned grey (grey result). */
public enum ChannelMode {
    PER_CHANNEL("per-channel"), GREY("grey");

    private final String key;

    ChannelMode(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}

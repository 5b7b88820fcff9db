package io.chokepoint.http;

/** A group of endpoints for one capability, registered with the {@link Api}. */
public interface ApiModule {
  /** Declares the module's endpoints. */
  void register(Api api);
}

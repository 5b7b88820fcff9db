package io.chokepoint.classify;

import java.util.List;
import java.util.Map;

/**
 * What is known about a chip, from the catalogue or a user's spec file (the format of FORMATS.md
 * §3). Unknown figures are {@code null} and become missing facts, never zeros.
 *
 * @param id catalogue id, or {@code ""} for a spec that is not in the catalogue
 * @param name the name
 * @param aliases other names users type
 * @param vendor the vendor
 * @param family the marketing family, e.g. H20
 * @param form {@code ic}, {@code board}, {@code system}, {@code hbm} or {@code logic-die}
 * @param datacenter whether it is designed or marketed for datacenters
 * @param origin country where it is made, or {@code null}
 * @param usTechnology whether it is a direct product of US technology
 * @param dieAreaMm2 applicable die area: logic dies on non-planar processes
 * @param throughput peak rates per precision
 * @param memoryBandwidthGBps DRAM bandwidth
 * @param interconnectGBps aggregate bidirectional transfer rate, for the 2022 test
 * @param hbm stand-alone HBM figures, or {@code null}
 * @param die logic-die figures, or {@code null}
 * @param dueDiligence what the shipping foundry knows, or {@link DueDiligence#NONE}
 * @param expected classifications the sources expect
 * @param sources the source of each figure, by field name
 * @param uncertain the fields that are unsourced estimates
 * @param notes anything else
 */
public record ChipSpec(
    String id,
    String name,
    List<String> aliases,
    String vendor,
    String family,
    String form,
    Boolean datacenter,
    String origin,
    Boolean usTechnology,
    Double dieAreaMm2,
    List<Throughput> throughput,
    Double memoryBandwidthGBps,
    Double interconnectGBps,
    Hbm hbm,
    LogicDie die,
    DueDiligence dueDiligence,
    List<Expectation> expected,
    Map<String, String> sources,
    List<String> uncertain,
    String notes) {

  public ChipSpec {
    aliases = List.copyOf(aliases);
    throughput = List.copyOf(throughput);
    expected = List.copyOf(expected);
    sources = Map.copyOf(sources);
    uncertain = List.copyOf(uncertain);
  }

  /** The same spec with other due-diligence facts, for a shipment of a catalogue die. */
  public ChipSpec withDueDiligence(DueDiligence dd) {
    return new ChipSpec(
        id,
        name,
        aliases,
        vendor,
        family,
        form,
        datacenter,
        origin,
        usTechnology,
        dieAreaMm2,
        throughput,
        memoryBandwidthGBps,
        interconnectGBps,
        hbm,
        die,
        dd,
        expected,
        sources,
        uncertain,
        notes);
  }
}

package io.pteroca.emulator.client;

import java.util.ArrayList;
import java.util.List;

import io.pteroca.emulator.http.ApiException;
import io.pteroca.emulator.http.Json;
import io.pteroca.emulator.http.Request;
import io.pteroca.emulator.http.Response;
import io.pteroca.emulator.http.Router;
import io.pteroca.emulator.http.Validator;
import io.pteroca.emulator.state.Allocation;
import io.pteroca.emulator.state.EmulatorSettings;
import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.Server;

/** A server's network allocations: list, automatic assignment, notes, primary, removal. */
final class NetworkApi {

    /** An allocation of the server named by the path, with that server. */
    private record Owned(Server server, Allocation allocation) {

        String address() {
            return allocation.ip + ":" + allocation.port;
        }
    }

    private final ClientContext context;
    private final EmulatorState state;

    NetworkApi(ClientContext context) {
        this.context = context;
        this.state = context.state;
    }

    void register(Router router) {
        String allocations = ClientApi.SERVER + "/network/allocations";
        router.add("GET", allocations, r -> {
            Server server = context.usable(r, "allocation.read");
            return Response.ok(Json.list(state.allocationsOf(server).stream().map(a -> context.json.allocation(a, server)).toList()));
        })
                .add("POST", allocations, this::assign)
                .add("POST", allocations + "/{allocation}", this::notes)
                .add("POST", allocations + "/{allocation}/primary", this::primary)
                .add("DELETE", allocations + "/{allocation}", this::delete);
    }

    private Owned allocationOf(Request request, String permission) {
        Server server = context.usable(request, permission);
        Allocation allocation = state.allocations.get(request.id("allocation"));
        if (allocation == null || allocation.serverId == null || allocation.serverId != server.id) {
            throw ApiException.notFound();
        }
        return new Owned(server, allocation);
    }

    /** A random free allocation on the primary's IP within the client range; a new one in the range only if none is free. */
    private Response assign(Request request) {
        Server server = context.usable(request, "allocation.create");
        EmulatorSettings settings = state.settings();
        if (!settings.clientAllocationsEnabled) {
            throw new ApiException(400, "AutoAllocationNotEnabledException", "Server auto-allocation is not enabled for this instance.");
        }
        if (state.allocationsOf(server).size() >= server.allocationLimit) {
            throw ApiException.display("Cannot assign additional allocations to this server: limit has been reached.");
        }
        Allocation primary = state.allocations.get(server.allocationId);
        // A Pelican server deployed without a port range has no primary: the node's address stands in.
        String ip = primary == null ? state.node(server.nodeId).fqdn : primary.ip;
        int from = settings.clientAllocationRangeStart;
        int to = settings.clientAllocationRangeEnd;
        List<Allocation> free = state.allocations.values().stream()
                .filter(a -> a.nodeId == server.nodeId && a.serverId == null && a.ip.equals(ip) && a.port >= from && a.port <= to)
                .toList();
        Allocation chosen = free.isEmpty() ? newAllocation(server, ip, from, to) : free.get(state.randomInt(free.size()));
        chosen.serverId = server.id;
        context.log(request, "server:allocation.create", server, p -> p.put("allocation", chosen.ip + ":" + chosen.port));
        return Response.ok(context.json.allocation(chosen, server));
    }

    private Allocation newAllocation(Server server, String ip, int from, int to) {
        List<Integer> unused = new ArrayList<>();
        for (int port = from; port <= to; port++) {
            int p = port;
            if (state.allocations.values().stream().noneMatch(a -> a.nodeId == server.nodeId && a.ip.equals(ip) && a.port == p)) {
                unused.add(port);
            }
        }
        if (unused.isEmpty()) {
            throw new ApiException(400, "NoAutoAllocationSpaceAvailableException",
                    "Cannot assign additional allocation: no more space available on node.");
        }
        Allocation created = new Allocation();
        created.id = state.nextId("allocations");
        created.nodeId = server.nodeId;
        created.ip = ip;
        created.port = unused.get(state.randomInt(unused.size()));
        state.allocations.put(created.id, created);
        return created;
    }

    private Response notes(Request request) {
        Owned owned = allocationOf(request, "allocation.update");
        Validator v = new Validator(request.json());
        v.present("notes");
        v.throwIfInvalid();
        Allocation allocation = owned.allocation();
        String old = allocation.notes;
        allocation.notes = v.string("notes");
        context.log(request, "server:allocation.notes", owned.server(), p -> {
            p.put("allocation", owned.address());
            p.put("old", old);
            p.put("new", allocation.notes);
        });
        return Response.ok(context.json.allocation(allocation, owned.server()));
    }

    private Response primary(Request request) {
        Owned owned = allocationOf(request, "allocation.update");
        owned.server().allocationId = owned.allocation().id;
        context.log(request, "server:allocation.primary", owned.server(), p -> p.put("allocation", owned.address()));
        return Response.ok(context.json.allocation(owned.allocation(), owned.server()));
    }

    private Response delete(Request request) {
        Owned owned = allocationOf(request, "allocation.delete");
        Allocation allocation = owned.allocation();
        if (allocation.id == owned.server().allocationId) {
            throw ApiException.display("You cannot delete the primary allocation for this server.");
        }
        allocation.serverId = null;
        allocation.notes = null;
        context.log(request, "server:allocation.delete", owned.server(), p -> p.put("allocation", owned.address()));
        return Response.noContent();
    }
}

/*
 * A Vulkan layer that reports what the driver compiled for every compute pipeline.
 *
 * libplacebo creates its pipelines itself, so the statistics of VK_KHR_pipeline_executable_properties
 * (registers, shared memory, code size: whatever the driver reports) cannot be asked for from
 * outside. This layer enables the extension on the device, adds the capture flags to every
 * vkCreateComputePipelines call, and after each writes, into $SHADERGEN_STATS_DIR:
 *   pipeline-NNN.txt   local size, SPIR-V size and hash, each executable's statistics and the names
 *                      and sizes of its internal representations
 *   pipeline-NNN-K.ir  each text internal representation
 *   pipeline-NNN.spv   the SPIR-V module (to tell the passes apart)
 *   pipeline-NNN.cache the pipeline alone in a fresh VkPipelineCache (vkGetPipelineCacheData)
 * Build: gcc -shared -fPIC -O2 -o libshadergen_stats_layer.so bench/pipeline_stats_layer.c
 * Use:   VK_LAYER_PATH=DIR VK_INSTANCE_LAYERS=VK_LAYER_SHADERGEN_pipeline_stats (DIR holds the .so and
 *        the manifest that bench/pipeline_stats.py writes).
 * Diagnostic only: never shipped, never used by tests.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <vulkan/vk_layer.h>
#include <vulkan/vulkan.h>

#define EXPORT __attribute__((visibility("default")))

static PFN_vkGetInstanceProcAddr next_gipa;
static PFN_vkGetDeviceProcAddr next_gdpa;
static PFN_vkCreateComputePipelines next_create_compute;
static PFN_vkCreateShaderModule next_create_module;
static PFN_vkGetPipelineExecutablePropertiesKHR next_exec_props;
static PFN_vkGetPipelineExecutableStatisticsKHR next_exec_stats;
static PFN_vkGetPipelineExecutableInternalRepresentationsKHR next_exec_irs;
static PFN_vkCreatePipelineCache next_create_cache;
static PFN_vkGetPipelineCacheData next_cache_data;
static PFN_vkDestroyPipelineCache next_destroy_cache;
static int extension_enabled;
static int pipeline_count;

#define MAX_MODULES 4096
static struct {
    VkShaderModule module;
    uint32_t *code;
    size_t size;
} modules[MAX_MODULES];
static int module_count;

static const char *out_dir(void)
{
    const char *dir = getenv("SHADERGEN_STATS_DIR");
    return dir ? dir : ".";
}

static uint64_t fnv1a(const void *data, size_t size)
{
    const unsigned char *p = data;
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < size; i++) {
        h ^= p[i];
        h *= 1099511628211ull;
    }
    return h;
}

static VKAPI_ATTR VkResult VKAPI_CALL layer_CreateInstance(const VkInstanceCreateInfo *info,
                                                           const VkAllocationCallbacks *alloc,
                                                           VkInstance *instance)
{
    VkLayerInstanceCreateInfo *link = (VkLayerInstanceCreateInfo *) info->pNext;
    while (link && !(link->sType == VK_STRUCTURE_TYPE_LOADER_INSTANCE_CREATE_INFO &&
                     link->function == VK_LAYER_LINK_INFO))
        link = (VkLayerInstanceCreateInfo *) link->pNext;
    if (!link)
        return VK_ERROR_INITIALIZATION_FAILED;
    next_gipa = link->u.pLayerInfo->pfnNextGetInstanceProcAddr;
    link->u.pLayerInfo = link->u.pLayerInfo->pNext;
    PFN_vkCreateInstance create = (PFN_vkCreateInstance) next_gipa(NULL, "vkCreateInstance");
    return create(info, alloc, instance);
}

static VKAPI_ATTR VkResult VKAPI_CALL layer_CreateDevice(VkPhysicalDevice physical,
                                                         const VkDeviceCreateInfo *info,
                                                         const VkAllocationCallbacks *alloc,
                                                         VkDevice *device)
{
    VkLayerDeviceCreateInfo *link = (VkLayerDeviceCreateInfo *) info->pNext;
    while (link && !(link->sType == VK_STRUCTURE_TYPE_LOADER_DEVICE_CREATE_INFO &&
                     link->function == VK_LAYER_LINK_INFO))
        link = (VkLayerDeviceCreateInfo *) link->pNext;
    if (!link)
        return VK_ERROR_INITIALIZATION_FAILED;
    PFN_vkGetInstanceProcAddr gipa = link->u.pLayerInfo->pfnNextGetInstanceProcAddr;
    next_gdpa = link->u.pLayerInfo->pfnNextGetDeviceProcAddr;
    link->u.pLayerInfo = link->u.pLayerInfo->pNext;
    PFN_vkCreateDevice create = (PFN_vkCreateDevice) gipa(NULL, "vkCreateDevice");

    /* The same request plus the extension and its feature. */
    VkDeviceCreateInfo patched = *info;
    const char **names = calloc(info->enabledExtensionCount + 1, sizeof(*names));
    int present = 0;
    for (uint32_t i = 0; i < info->enabledExtensionCount; i++) {
        names[i] = info->ppEnabledExtensionNames[i];
        if (!strcmp(names[i], VK_KHR_PIPELINE_EXECUTABLE_PROPERTIES_EXTENSION_NAME))
            present = 1;
    }
    uint32_t count = info->enabledExtensionCount;
    if (!present)
        names[count++] = VK_KHR_PIPELINE_EXECUTABLE_PROPERTIES_EXTENSION_NAME;
    patched.enabledExtensionCount = count;
    patched.ppEnabledExtensionNames = names;
    VkPhysicalDevicePipelineExecutablePropertiesFeaturesKHR feature = {
        .sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_PIPELINE_EXECUTABLE_PROPERTIES_FEATURES_KHR,
        .pNext = (void *) info->pNext,
        .pipelineExecutableInfo = VK_TRUE,
    };
    patched.pNext = &feature;
    VkResult res = create(physical, &patched, alloc, device);
    if (res == VK_SUCCESS) {
        extension_enabled = 1;
    } else {
        fprintf(stderr, "pipeline_stats_layer: device creation with the extension failed (%d); "
                        "going on without statistics\n", res);
        res = create(physical, info, alloc, device);
    }
    free(names);
    if (res != VK_SUCCESS)
        return res;
    next_create_compute = (PFN_vkCreateComputePipelines) next_gdpa(*device, "vkCreateComputePipelines");
    next_create_module = (PFN_vkCreateShaderModule) next_gdpa(*device, "vkCreateShaderModule");
    next_exec_props = (PFN_vkGetPipelineExecutablePropertiesKHR)
        next_gdpa(*device, "vkGetPipelineExecutablePropertiesKHR");
    next_exec_stats = (PFN_vkGetPipelineExecutableStatisticsKHR)
        next_gdpa(*device, "vkGetPipelineExecutableStatisticsKHR");
    next_exec_irs = (PFN_vkGetPipelineExecutableInternalRepresentationsKHR)
        next_gdpa(*device, "vkGetPipelineExecutableInternalRepresentationsKHR");
    next_create_cache = (PFN_vkCreatePipelineCache) next_gdpa(*device, "vkCreatePipelineCache");
    next_cache_data = (PFN_vkGetPipelineCacheData) next_gdpa(*device, "vkGetPipelineCacheData");
    next_destroy_cache = (PFN_vkDestroyPipelineCache) next_gdpa(*device, "vkDestroyPipelineCache");
    return VK_SUCCESS;
}

static VKAPI_ATTR VkResult VKAPI_CALL layer_CreateShaderModule(VkDevice device,
                                                               const VkShaderModuleCreateInfo *info,
                                                               const VkAllocationCallbacks *alloc,
                                                               VkShaderModule *module)
{
    VkResult res = next_create_module(device, info, alloc, module);
    if (res == VK_SUCCESS && module_count < MAX_MODULES) {
        modules[module_count].module = *module;
        modules[module_count].code = malloc(info->codeSize);
        memcpy(modules[module_count].code, info->pCode, info->codeSize);
        modules[module_count].size = info->codeSize;
        module_count++;
    }
    return res;
}

static void write_file(const char *name, const void *data, size_t size)
{
    char path[4096];
    snprintf(path, sizeof(path), "%s/%s", out_dir(), name);
    FILE *f = fopen(path, "wb");
    if (!f)
        return;
    fwrite(data, 1, size, f);
    fclose(f);
}

static void local_size(const uint32_t *code, size_t size, uint32_t xyz[3])
{
    /* OpExecutionMode %main LocalSize x y z: opcode 16, mode 17. */
    xyz[0] = xyz[1] = xyz[2] = 0;
    for (size_t i = 5; i < size / 4;) {
        uint32_t words = code[i] >> 16, op = code[i] & 0xffff;
        if (!words)
            break;
        if (op == 16 && words >= 6 && code[i + 2] == 17) {
            xyz[0] = code[i + 3];
            xyz[1] = code[i + 4];
            xyz[2] = code[i + 5];
        }
        i += words;
    }
}

static void report(VkDevice device, VkPipeline pipeline, const VkComputePipelineCreateInfo *info)
{
    int n = pipeline_count++;
    char name[256];
    snprintf(name, sizeof(name), "%s/pipeline-%03d.txt", out_dir(), n);
    FILE *f = fopen(name, "w");
    if (!f)
        return;
    for (int m = 0; m < module_count; m++) {
        if (modules[m].module != info->stage.module)
            continue;
        uint32_t xyz[3];
        local_size(modules[m].code, modules[m].size, xyz);
        fprintf(f, "local_size %u %u %u\nspirv_bytes %zu\nspirv_fnv1a %016llx\n", xyz[0], xyz[1],
                xyz[2], modules[m].size, (unsigned long long) fnv1a(modules[m].code, modules[m].size));
        snprintf(name, sizeof(name), "pipeline-%03d.spv", n);
        write_file(name, modules[m].code, modules[m].size);
    }
    if (extension_enabled && next_exec_props) {
        VkPipelineInfoKHR pinfo = {.sType = VK_STRUCTURE_TYPE_PIPELINE_INFO_KHR, .pipeline = pipeline};
        uint32_t execs = 0;
        next_exec_props(device, &pinfo, &execs, NULL);
        VkPipelineExecutablePropertiesKHR props[8];
        if (execs > 8)
            execs = 8;
        for (uint32_t e = 0; e < execs; e++)
            props[e] = (VkPipelineExecutablePropertiesKHR) {
                .sType = VK_STRUCTURE_TYPE_PIPELINE_EXECUTABLE_PROPERTIES_KHR};
        next_exec_props(device, &pinfo, &execs, props);
        for (uint32_t e = 0; e < execs; e++) {
            fprintf(f, "executable %u name %s subgroup %u description %s\n", e, props[e].name,
                    props[e].subgroupSize, props[e].description);
            VkPipelineExecutableInfoKHR einfo = {
                .sType = VK_STRUCTURE_TYPE_PIPELINE_EXECUTABLE_INFO_KHR,
                .pipeline = pipeline,
                .executableIndex = e,
            };
            uint32_t nstats = 0;
            next_exec_stats(device, &einfo, &nstats, NULL);
            VkPipelineExecutableStatisticKHR *stats = calloc(nstats + 1, sizeof(*stats));
            for (uint32_t s = 0; s < nstats; s++)
                stats[s].sType = VK_STRUCTURE_TYPE_PIPELINE_EXECUTABLE_STATISTIC_KHR;
            next_exec_stats(device, &einfo, &nstats, stats);
            for (uint32_t s = 0; s < nstats; s++) {
                fprintf(f, "stat %s = ", stats[s].name);
                switch (stats[s].format) {
                case VK_PIPELINE_EXECUTABLE_STATISTIC_FORMAT_BOOL32_KHR:
                    fprintf(f, "%u", stats[s].value.b32);
                    break;
                case VK_PIPELINE_EXECUTABLE_STATISTIC_FORMAT_INT64_KHR:
                    fprintf(f, "%lld", (long long) stats[s].value.i64);
                    break;
                case VK_PIPELINE_EXECUTABLE_STATISTIC_FORMAT_UINT64_KHR:
                    fprintf(f, "%llu", (unsigned long long) stats[s].value.u64);
                    break;
                default:
                    fprintf(f, "%g", stats[s].value.f64);
                }
                fprintf(f, " | %s\n", stats[s].description);
            }
            free(stats);
            if (!next_exec_irs)
                continue;
            uint32_t nirs = 0;
            next_exec_irs(device, &einfo, &nirs, NULL);
            VkPipelineExecutableInternalRepresentationKHR *irs = calloc(nirs + 1, sizeof(*irs));
            for (uint32_t r = 0; r < nirs; r++)
                irs[r].sType = VK_STRUCTURE_TYPE_PIPELINE_EXECUTABLE_INTERNAL_REPRESENTATION_KHR;
            next_exec_irs(device, &einfo, &nirs, irs);
            for (uint32_t r = 0; r < nirs; r++)
                irs[r].pData = calloc(irs[r].dataSize + 1, 1);
            next_exec_irs(device, &einfo, &nirs, irs);
            for (uint32_t r = 0; r < nirs; r++) {
                fprintf(f, "ir %u name %s text %u bytes %zu | %s\n", r, irs[r].name, irs[r].isText,
                        irs[r].dataSize, irs[r].description);
                snprintf(name, sizeof(name), "pipeline-%03d-%u-%u.ir", n, e, r);
                write_file(name, irs[r].pData, irs[r].dataSize);
                free(irs[r].pData);
            }
            free(irs);
        }
    } else {
        fprintf(f, "no statistics: the extension is not enabled\n");
    }
    fclose(f);
}

static VKAPI_ATTR VkResult VKAPI_CALL layer_CreateComputePipelines(
    VkDevice device, VkPipelineCache cache, uint32_t count, const VkComputePipelineCreateInfo *infos,
    const VkAllocationCallbacks *alloc, VkPipeline *pipelines)
{
    VkComputePipelineCreateInfo *patched = calloc(count, sizeof(*patched));
    for (uint32_t i = 0; i < count; i++) {
        patched[i] = infos[i];
        if (extension_enabled)
            patched[i].flags |= VK_PIPELINE_CREATE_CAPTURE_STATISTICS_BIT_KHR |
                                VK_PIPELINE_CREATE_CAPTURE_INTERNAL_REPRESENTATIONS_BIT_KHR;
    }
    VkResult res = next_create_compute(device, cache, count, patched, alloc, pipelines);
    if (res == VK_SUCCESS) {
        for (uint32_t i = 0; i < count; i++) {
            report(device, pipelines[i], &infos[i]);
            /* The same pipeline again, alone in a fresh cache, for its binary. */
            VkPipelineCacheCreateInfo cinfo = {.sType = VK_STRUCTURE_TYPE_PIPELINE_CACHE_CREATE_INFO};
            VkPipelineCache own;
            if (next_create_cache(device, &cinfo, NULL, &own) != VK_SUCCESS)
                continue;
            VkPipeline copy;
            if (next_create_compute(device, own, 1, &infos[i], NULL, &copy) == VK_SUCCESS) {
                size_t size = 0;
                next_cache_data(device, own, &size, NULL);
                void *data = malloc(size);
                if (next_cache_data(device, own, &size, data) == VK_SUCCESS) {
                    char name[64];
                    snprintf(name, sizeof(name), "pipeline-%03d.cache", pipeline_count - 1);
                    write_file(name, data, size);
                }
                free(data);
                PFN_vkDestroyPipeline destroy =
                    (PFN_vkDestroyPipeline) next_gdpa(device, "vkDestroyPipeline");
                destroy(device, copy, NULL);
            }
            next_destroy_cache(device, own, NULL);
        }
    }
    free(patched);
    return res;
}

static VKAPI_ATTR PFN_vkVoidFunction VKAPI_CALL layer_GetDeviceProcAddr(VkDevice device,
                                                                        const char *name);

static VKAPI_ATTR PFN_vkVoidFunction VKAPI_CALL layer_GetDeviceProcAddrOwn(const char *name)
{
    if (!strcmp(name, "vkGetDeviceProcAddr"))
        return (PFN_vkVoidFunction) layer_GetDeviceProcAddr;
    if (!strcmp(name, "vkCreateComputePipelines"))
        return (PFN_vkVoidFunction) layer_CreateComputePipelines;
    if (!strcmp(name, "vkCreateShaderModule"))
        return (PFN_vkVoidFunction) layer_CreateShaderModule;
    return NULL;
}

static VKAPI_ATTR PFN_vkVoidFunction VKAPI_CALL layer_GetDeviceProcAddr(VkDevice device,
                                                                        const char *name)
{
    PFN_vkVoidFunction own = layer_GetDeviceProcAddrOwn(name);
    if (own)
        return own;
    return next_gdpa(device, name);
}

EXPORT VKAPI_ATTR PFN_vkVoidFunction VKAPI_CALL vkGetDeviceProcAddr(VkDevice device, const char *name)
{
    return layer_GetDeviceProcAddr(device, name);
}

EXPORT VKAPI_ATTR PFN_vkVoidFunction VKAPI_CALL vkGetInstanceProcAddr(VkInstance instance,
                                                                      const char *name)
{
    if (!strcmp(name, "vkGetInstanceProcAddr"))
        return (PFN_vkVoidFunction) vkGetInstanceProcAddr;
    if (!strcmp(name, "vkCreateInstance"))
        return (PFN_vkVoidFunction) layer_CreateInstance;
    if (!strcmp(name, "vkCreateDevice"))
        return (PFN_vkVoidFunction) layer_CreateDevice;
    PFN_vkVoidFunction own = layer_GetDeviceProcAddrOwn(name);
    if (own)
        return own;
    return next_gipa(instance, name);
}
